package org.distributionhub.supplier.exchange.ports.out;

/**
 * One thing wrong with a partner's message, located so the partner can find it: a JSON field path such as
 * {@code $.items[2].acknowledgedQuantity.amount}, a CSV {@code row 4, column quantity_accepted}, or an EDI
 * {@code segment 12 (ACK), element 2}.
 */
public record SyntaxProblem(String path, String message) {
}
