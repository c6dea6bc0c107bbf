package org.distributionhub.inventory.ports.in;

/** Why one row of an inventory feed was not applied, naming the column at fault. */
public record FeedRowProblem(int row, String column, String message) {
}
