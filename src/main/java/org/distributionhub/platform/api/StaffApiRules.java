package org.distributionhub.platform.api;

import java.util.List;

/**
 * The staff API paths a module serves and who may call them. Each module with staff paths declares one such bean
 * in its web adapter; the console applies every module's rules in the order given, the first match deciding, and
 * denies what no rule names. Modules keep to their own path prefixes, so their rules never overlap.
 */
public interface StaffApiRules {

	List<StaffApiRule> rules();
}
