package org.distributionhub.console.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.distributionhub.platform.api.AdminAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Onboarding a supplier in the console over HTTP: a refused profile names each field's problem next to it and
 * creates nothing; items are uploaded (refused rows by line), searched, edited and removed; codes are checked; only
 * an ADMIN reaches the forms, and every change is in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupplierOnboardingIT {

	/** Users the hub knows: a signed-in user missing from its user store is signed out at the next request. */
	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminAudit audit;

	private final String id = "onb-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aRefusedProfileSaysWhatIsWrongNextToEachFieldAndCreatesNothing() throws Exception {
		mvc.perform(profile(post("/console/suppliers/new"), id, "", "X12", "QQ", "WAY*TOO*LONG*FOR*X12", "ftp://x",
				"soon", "SOMEDAY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Nothing was saved: 7 fields need a change."),
					field("name", "A supplier needs a name of 1 to 200 characters"),
					field("ediQualifier", "&#39;QQ&#39; is no X12 interchange id qualifier (ISA05/ISA07, code list I05)"),
					field("ediId", "An X12 interchange id (ISA06/ISA08) is 1 to 15 printable ASCII characters"),
					field("ediGroupId", "An EDI application (GS) id is 1 to 15 characters"),
					field("webhookUrl", "A webhook URL is an absolute http or https URL"),
					field("acknowledgementDue", "&#39;soon&#39; is no duration: write 48h, 2d, 90m or PT48H"),
					field("phase", "&#39;SOMEDAY&#39; is no phase: use ONBOARDING, TESTING or LIVE"),
					containsString("value=\"WAY*TOO*LONG*FOR*X12\""))));
		mvc.perform(profile(post("/console/suppliers/new"), "no spaces", "Name", "API", "", "", "", "48h", "LIVE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Nothing was saved: 2 fields need a change."),
					field("id", "A supplier id is 1 to 64 letters, digits"),
					field("webhookUrl", "A supplier that receives purchase orders by API needs a webhook URL"))));
		mvc.perform(get("/console/suppliers/" + id).with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void anAdminCreatesASupplierTakesItLiveAndAnIdInUseIsRefused() throws Exception {
		create();
		mvc.perform(profile(post("/console/suppliers/new"), id, "Again", "X12", "ZZ", "OTHER", "", "48h", "ONBOARDING"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(field("id", "Supplier " + id + " exists already")));
		mvc.perform(get("/console/suppliers/" + id).with(ADMIN))
			.andExpect(content().string(allOf(containsString("steps still open"),
					containsString("Phase ONBOARDING: what it sends is test traffic"))));

		mvc.perform(profile(post("/console/suppliers/" + id + "/edit"), id, "Onboarded Supply", "X12", "zz", ediId(),
				"", "2d", "LIVE"))
			.andExpect(redirectedUrl("/console/suppliers/" + id))
			.andExpect(flash().attribute("notice", "Saved the profile of " + id + "."));
		mvc.perform(get("/console/suppliers/" + id + "/edit").with(ADMIN))
			.andExpect(content().string(allOf(containsString("value=\"Onboarded Supply\""),
					containsString("<option value=\"LIVE\" selected=\"selected\">LIVE</option>"))));
		mvc.perform(get("/console/suppliers/" + id).with(ADMIN))
			.andExpect(content().string(allOf(containsString("Live since"), containsString("PT48H"),
					not(containsString("Phase ONBOARDING")))));
		assertThat(audit.find(0, 100).items()).filteredOn(it -> it.target().equals("supplier " + id))
			.extracting(it -> it.actor() + " " + it.action() + " " + it.reason() + ": " + it.outcome())
			.contains("admin supplier.create console: created", "admin supplier.phase console: ONBOARDING -> LIVE");
	}

	@Test
	void itemsAreUploadedRowByRowSearchedEditedAndRemoved() throws Exception {
		create();
		var csv = """
				supplier_part,sku,supplier_unit,factor
				ON-1,SKU-ON1,CA,12
				ON-2,SKU-ON2,EA,not-a-number
				ON-3,SKU-ON3,,
				""";
		mvc.perform(multipart("/console/suppliers/" + id + "/items/upload")
			.file(new MockMultipartFile("file", "items.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Uploaded items.csv"),
					containsString("<dd id=\"upload-accepted\">2 / 0 / 0</dd>"),
					containsString("<dd id=\"upload-refused\">1</dd>"), containsString("<td class=\"num\">3</td>"),
					containsString("&#39;not-a-number&#39; is not a number (write 12 or 0.5)"))));
		mvc.perform(multipart("/console/suppliers/" + id + "/items/upload")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", "part,sku\nX,Y\n".getBytes(StandardCharsets.UTF_8)))
			.with(ADMIN).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Nothing from bad.csv was used"),
					containsString("Unknown column &#39;part&#39; in the header"))));

		mvc.perform(get("/console/suppliers/" + id + "/items").param("q", "on3").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("SKU-ON3"), not(containsString("SKU-ON1")),
					containsString("1–1 of 1"), not(containsString("Save mapping")))));

		mvc.perform(post("/console/suppliers/" + id + "/items/save").with(ADMIN).with(csrf()).param("from", "edit")
			.param("supplierPart", "ON-3").param("sku", "SKU-ON3").param("factor", "0").param("gtin", "12"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(field("factor", "A unit conversion factor is more than 0"),
					field("gtin", "A GTIN is 8, 12, 13 or 14 digits"))));
		mvc.perform(post("/console/suppliers/" + id + "/items/save").with(ADMIN).with(csrf())
			.param("supplierPart", "ON-3").param("sku", "SKU-ON3B").param("supplierUnit", "BX").param("factor", "6"))
			.andExpect(redirectedUrl("/console/suppliers/" + id + "/items?q=ON-3"))
			.andExpect(flash().attribute("notice", "Saved the mapping of supplier part ON-3."));
		mvc.perform(get("/console/suppliers/" + id + "/items/edit").param("part", "ON-3").with(ADMIN))
			.andExpect(content().string(allOf(containsString("value=\"SKU-ON3B\""), containsString("value=\"BX\""))));
		mvc.perform(post("/console/suppliers/" + id + "/items/delete").param("part", "ON-1").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("notice", "Removed the mapping of supplier part ON-1."));
		mvc.perform(get("/console/suppliers/" + id + "/items").with(ADMIN))
			.andExpect(content().string(allOf(not(containsString("SKU-ON1")), containsString("SKU-ON3B"))));
		assertThat(audit.find(0, 100).items()).filteredOn(it -> it.target().equals("supplier " + id))
			.extracting(it -> it.action() + ": " + it.outcome())
			.contains("supplier.items.import: MERGE: 2 added, 0 changed, 0 removed, 1 rows refused",
					"supplier.item.save: changed supplier part ON-3 as SKU SKU-ON3B",
					"supplier.item.remove: removed supplier part ON-1");
	}

	@Test
	void codesAreCheckedSavedAndRemoved() throws Exception {
		create();
		mvc.perform(post("/console/suppliers/" + id + "/codes/save").with(ADMIN).with(csrf()).param("code", " ")
			.param("outcome", "ACCEPTED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(field("code", "A partner code is 1 to 35 characters")));
		mvc.perform(post("/console/suppliers/" + id + "/codes/save").with(ADMIN).with(csrf()).param("code", "Z9")
			.param("outcome", "LOST"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(field("outcome", "&#39;LOST&#39; is no line outcome")));
		mvc.perform(post("/console/suppliers/" + id + "/codes/save").with(ADMIN).with(csrf()).param("code", "Z9")
			.param("outcome", "BACKORDERED"))
			.andExpect(redirectedUrl("/console/suppliers/" + id + "/codes"));
		mvc.perform(get("/console/suppliers/" + id + "/codes").with(AUDITOR))
			.andExpect(content().string(allOf(containsString("data-code=\"Z9\""), containsString("BACKORDERED"),
					containsString("855 ACK01 line status"), not(containsString("Save code")))));
		mvc.perform(post("/console/suppliers/" + id + "/codes/delete").with(ADMIN).with(csrf()).param("code", "Z9"))
			.andExpect(flash().attribute("notice",
					"Removed partner code Z9: the standard code lists apply to it again."));
	}

	@Test
	void onlyAnAdminReachesTheForms() throws Exception {
		create();
		mvc.perform(get("/console/suppliers/new").with(AUDITOR)).andExpect(status().isForbidden());
		mvc.perform(get("/console/suppliers/" + id + "/edit").with(AUDITOR)).andExpect(status().isForbidden());
		mvc.perform(get("/console/suppliers/" + id + "/items/edit").param("part", "x").with(AUDITOR))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/suppliers/" + id + "/items/delete").param("part", "x").with(AUDITOR).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/console/suppliers/" + id).with(AUDITOR))
			.andExpect(content().string(allOf(containsString("Onboarding checklist"), not(containsString("Edit profile")))));
		mvc.perform(get("/console/suppliers/nobody-here/edit").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(post("/console/suppliers/nobody-here/items/save").param("supplierPart", "P").param("sku", "S")
			.with(ADMIN).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private void create() throws Exception {
		mvc.perform(profile(post("/console/suppliers/new"), id, "Onboarding Supply", "X12", "ZZ", ediId(), "", "",
				"ONBOARDING"))
			.andExpect(redirectedUrl("/console/suppliers/" + id));
	}

	private String ediId() {
		return id.toUpperCase().replace("-", "");
	}

	private static MockHttpServletRequestBuilder profile(MockHttpServletRequestBuilder request, String id, String name,
			String channel, String qualifier, String ediId, String webhook, String due, String phase) {
		return request.with(ADMIN).with(csrf()).param("id", id).param("name", name)
			.param("purchaseOrderChannel", channel).param("inboundChannels", channel).param("ediQualifier", qualifier)
			.param("ediId", ediId).param("ediGroupId", "").param("webhookUrl", webhook).param("acknowledgementDue", due)
			.param("remainderPolicy", "CANCEL").param("phase", phase).param("sendContrl", "false")
			.param("priceChangeSource", "CTP_OR_PO104").param("active", "true");
	}

	/** The field's problem, shown next to it. */
	private static org.hamcrest.Matcher<String> field(String field, String message) {
		return containsString("data-field=\"" + field + "\">" + message);
	}
}
