package org.distributionhub.console.adapters.in.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A running hub with one supplier's invoice fixtures, reached over real HTTP as the test profile's users. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SupplierInvoicesOverHttp {

	static final String ADMIN = StaffHttp.ADMIN;
	static final String OPERATOR = StaffHttp.OPERATOR;
	static final String AUDITOR = StaffHttp.AUDITOR;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	StaffHttp http;
	SupplierInvoiceFixtures fx;

	@BeforeAll
	void invoicesAsTheMatchLeftThem() {
		http = new StaffHttp(port);
		fx = new SupplierInvoiceFixtures(jdbc).insert();
	}
}
