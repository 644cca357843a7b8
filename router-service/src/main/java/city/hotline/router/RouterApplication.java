package city.hotline.router;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

/**
 * The 110 / 12345 / 114 ticket router. Without {@code spring.kafka.bootstrap-servers} it starts its own
 * in-process KRaft broker; {@code --demo} also feeds a few realistic tickets per line.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RouterApplication {

    public static void main(String[] args) {
        SpringApplication.run(RouterApplication.class, Arrays.stream(args)
                .map(arg -> arg.equals("--demo") ? "--router.demo.enabled=true" : arg)
                .toArray(String[]::new));
    }
}
