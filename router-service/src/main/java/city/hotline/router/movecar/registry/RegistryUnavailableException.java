package city.hotline.router.movecar.registry;

/** The local registry store is not queryable yet (the Streams application is starting or rebalancing). */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message) {
        super(message);
    }
}
