package org.distributionhub.supplier.partners.ports.in;

/** What is wrong with one field of a request, named by its path as the caller wrote it (ediIdentity.qualifier). */
public record FieldProblem(String field, String message) {
}
