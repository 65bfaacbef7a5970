package id.jaring;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import id.jaring.bench.BenchCommand;
import id.jaring.intake.ImportCommand;
import id.jaring.linkage.LinkCommand;
import id.jaring.synth.GenerateCommand;

/**
 * Entry point of the one jar. Without arguments (or with {@code --demo}) it serves the web
 * application and API; a first argument naming a subcommand runs that batch job instead.
 */
@SpringBootApplication
@EnableScheduling
public class JaringApplication {

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "generate" -> System.exit(GenerateCommand.run(rest));
            case "import" -> System.exit(ImportCommand.run(rest, a -> new SpringApplicationBuilder(JaringApplication.class)
                    .web(WebApplicationType.NONE).run(a)));
            case "link" -> System.exit(LinkCommand.run(rest));
            case "bench" -> System.exit(BenchCommand.run(JaringApplication.class, rest));
            default -> SpringApplication.run(JaringApplication.class, args);
        }
    }
}
