package org.distributionhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the hub: one deployable holding every module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Distribution Hub", sharedModules = "shared")
public class DistributionHubApplication {

	public static void main(String[] args) {
		SpringApplication.run(DistributionHubApplication.class, args);
	}
}
