package org.distributionhub.erpgateway.adapters.out.file;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** hub.erp.file.*: the folder the file adapter writes postings to. */
@ConfigurationProperties("hub.erp.file")
record FileErpProperties(@DefaultValue("./data/erp/outbox") Path outbox) {
}
