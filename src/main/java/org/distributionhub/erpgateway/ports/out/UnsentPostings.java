package org.distributionhub.erpgateway.ports.out;

import java.time.Instant;
import java.util.List;

import org.distributionhub.erpgateway.api.PostingView;

/** The ledger's unsent postings by age, read without their payloads. */
public interface UnsentPostings {

	List<PostingView> recordedBefore(Instant recordedBefore, int limit);
}
