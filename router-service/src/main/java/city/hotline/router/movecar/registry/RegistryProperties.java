package city.hotline.router.movecar.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vehicle registry. Production feeds {@code vehicle.registry} from the traffic police's registry; the
 * embedded default fills it once with a synthetic one.
 *
 * @param synthetic the synthetic registry written on first start (when the topic is empty)
 */
@ConfigurationProperties("router.movecar.registry")
public record RegistryProperties(@DefaultValue Synthetic synthetic) {

    /**
     * @param enabled  whether to seed an empty {@code vehicle.registry}; false in production
     * @param vehicles how many vehicles to generate (the sample vehicles of the docs and demo come on top)
     * @param seed     the generator's seed: the same seed and size give the same registry
     */
    public record Synthetic(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("200000") int vehicles,
            @DefaultValue("114") long seed) {
    }
}
