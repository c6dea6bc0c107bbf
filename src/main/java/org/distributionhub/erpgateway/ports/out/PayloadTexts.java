package org.distributionhub.erpgateway.ports.out;

import org.distributionhub.erpgateway.domain.PostingPayload;
import org.distributionhub.erpgateway.domain.PostingType;

/** Reads a payload given as text in the shape the ledger stores; text it cannot read gives an UnreadablePayload. */
public interface PayloadTexts {

	PostingPayload read(PostingType type, String text);
}
