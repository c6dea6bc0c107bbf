package org.distributionhub.inventory.ports.in;

/** What is wrong with one field of a message, by its JSON path such as {@code lines[0].quantity}. */
public record FieldProblem(String path, String message) {
}
