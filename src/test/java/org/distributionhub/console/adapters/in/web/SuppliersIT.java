package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;

import org.distributionhub.platform.api.AdminAudit;
import org.distributionhub.supplier.api.SupplierDirectory;
import org.distributionhub.supplier.api.SupplierKeyCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Suppliers pages: every role reads them, only an ADMIN issues, expires and revokes keys, a secret shows once,
 * on the page the issuing POST redirects to, and reloading that page issues nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuppliersIT {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminAudit audit;

	@Autowired
	SupplierDirectory directory;

	private final String id = "console-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void aSupplierWithOneMapping() throws Exception {
		var staff = httpBasic("admin", "admin-secret-for-tests");
		mvc.perform(put("/api/v1/admin/suppliers/" + id).with(staff).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Console Supply", "purchaseOrderChannel": "X12", "inboundChannels": ["X12", "API"],
					 "ediIdentity": {"qualifier": "ZZ", "id": "%s"}, "codeMap": {"BO": "BACKORDERED"}}"""
				.formatted(id.toUpperCase().substring(0, 15))))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/admin/suppliers/" + id + "/items/CS-1").with(staff)
			.contentType(MediaType.APPLICATION_JSON).content("{\"sku\": \"SKU-CS1\", \"supplierUnit\": \"CA\", \"factor\": 24}"))
			.andExpect(status().isCreated());
	}

	@Test
	void anAuditorSeesTheSupplierListAndProfileButNoKeyForm() throws Exception {
		mvc.perform(get("/console/suppliers").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(id), containsString("Console Supply"),
					containsString("API, X12"))));
		mvc.perform(get("/console/suppliers/" + id).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("BACKORDERED"), containsString("SKU-CS1"),
					containsString(">24<"), containsString(">LIVE<"), containsString("CTP_OR_PO104"),
					not(containsString("Issue key")))));
		mvc.perform(post("/console/suppliers/" + id + "/api-keys").param("label", "x").with(AUDITOR).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/console/suppliers/nobody-here").with(AUDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void anAdminIssuesAKeyThatIsShownOnceAndRevokesIt() throws Exception {
		var issued = mvc.perform(post("/console/suppliers/" + id + "/api-keys").param("label", "portal")
			.with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/console/suppliers/" + id))
			.andReturn();
		String page = mvc.perform(get("/console/suppliers/" + id).with(ADMIN).flashAttrs(issued.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsString();
		var key = Pattern.compile("dh_([0-9a-f]{16})_[A-Za-z0-9_-]{43}").matcher(page);
		assertThat(key.find()).isTrue();
		String keyId = key.group(1);

		mvc.perform(get("/console/suppliers/" + id).with(ADMIN))
			.andExpect(content().string(allOf(containsString(keyId), not(containsString(key.group())))));
		mvc.perform(post("/console/suppliers/" + id + "/api-keys/" + keyId + "/revoke").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/console/suppliers/" + id))
			.andExpect(flash().attribute("notice", "Revoked API key " + keyId + "."));
		mvc.perform(get("/console/suppliers/" + id).with(ADMIN)).andExpect(content().string(containsString("REVOKED")));
		assertThat(audit.find(0, 50).items()).filteredOn(it -> it.target().equals("supplier " + id))
			.extracting(it -> it.actor() + " " + it.action())
			.contains("admin supplier.api-key.issue", "admin supplier.api-key.revoke");
	}

	/** Reloading shows the answer of the request that produced the page again: a POST's own answer re-sends it. */
	@Test
	void reloadingThePageAfterIssuingAKeyIssuesNothing() throws Exception {
		var issue = post("/console/suppliers/" + id + "/api-keys").param("label", "portal").with(ADMIN).with(csrf());
		var answer = mvc.perform(issue).andReturn();
		String shownBy = answer.getResponse().getRedirectedUrl();
		for (int reload = 0; reload < 2; reload++) {
			if (shownBy == null) {
				mvc.perform(issue);
			}
			else {
				mvc.perform(get(shownBy).with(ADMIN)).andExpect(status().isOk());
			}
		}

		assertThat(directory.supplier(id, 0).orElseThrow().summary().activeKeys()).isEqualTo(1);
	}

	@Test
	void anAdminExpiresAKeyNowAndItShowsAsExpired() throws Exception {
		var issued = mvc.perform(post("/console/suppliers/" + id + "/api-keys").param("label", "soon")
			.param("expiresOn", "2031-05-01").with(ADMIN).with(csrf())).andReturn();
		var key = (SupplierKeyCommands.IssuedKey) issued.getFlashMap().get("issued");
		assertThat(key.expiresAt()).hasToString("2031-05-02T00:00:00Z");

		mvc.perform(post("/console/suppliers/" + id + "/api-keys/" + key.keyId() + "/expire").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/console/suppliers/" + id))
			.andExpect(flash().attribute("notice", "API key " + key.keyId() + " expired now."));
		mvc.perform(get("/console/suppliers/" + id).with(ADMIN))
			.andExpect(content().string(containsString(">EXPIRED<")));
		assertThat(directory.supplier(id, 0).orElseThrow().summary().activeKeys()).isZero();
	}

	@Test
	void aKeyForAnUnknownSupplierIsRefusedWithAMessage() throws Exception {
		mvc.perform(post("/console/suppliers/nobody-here/api-keys").param("label", "x").with(ADMIN).with(csrf()))
			.andExpect(status().isNotFound());
	}
}
