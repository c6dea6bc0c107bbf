package org.distributionhub.supplier.exchange.formats.x12;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.distributionhub.supplier.exchange.formats.edi.Segment;
import org.jspecify.annotations.Nullable;

/**
 * The hierarchy of an 856: each HL with the segments up to the next HL, linked to its parent by HL02, whatever
 * order and depth the levels come in (S-O-I, S-O-P-I, S-O-I-P, S-T-O-I, S-O-T-P-I).
 */
final class HlTree {

	/** One HL level: HL01 id, HL03 level code, its segments and the levels below it. */
	static final class Node {

		private final Segment hl;
		private final @Nullable Node parent;
		private final List<Segment> segments = new ArrayList<>();
		private final List<Node> children = new ArrayList<>();

		Node(Segment hl, @Nullable Node parent) {
			this.hl = hl;
			this.parent = parent;
		}

		Segment hl() {
			return hl;
		}

		@Nullable
		Node parent() {
			return parent;
		}

		String level() {
			return hl.value(3).strip();
		}

		Optional<Segment> first(String tag) {
			return segments.stream().filter(segment -> segment.is(tag)).findFirst();
		}

		List<Segment> segmentsTagged(String tag) {
			return segments.stream().filter(segment -> segment.is(tag)).toList();
		}

		/** The nearest level above with the given code. */
		Optional<Node> above(String levelCode) {
			for (Node node = parent; node != null; node = node.parent) {
				if (node.level().equals(levelCode)) {
					return Optional.of(node);
				}
			}
			return Optional.empty();
		}

		List<Node> below(String levelCode) {
			List<Node> found = new ArrayList<>();
			for (Node child : children) {
				if (child.level().equals(levelCode)) {
					found.add(child);
				}
				found.addAll(child.below(levelCode));
			}
			return found;
		}
	}

	private final List<Node> nodes = new ArrayList<>();

	private HlTree() {
	}

	/** Builds the tree; an HL02 that names no earlier HL01 is noted as an invalid element. */
	static HlTree of(List<Segment> body, X12Fields fields) {
		HlTree tree = new HlTree();
		Map<String, Node> byId = new LinkedHashMap<>();
		Node current = null;
		for (Segment segment : body) {
			if (segment.is("HL")) {
				String id = fields.text(segment, 1, "628", true);
				fields.text(segment, 3, "735", true);
				String parentId = segment.value(2).strip();
				Node parent = parentId.isEmpty() ? null : byId.get(parentId);
				if (!parentId.isEmpty() && parent == null) {
					fields.issues().element(segment, 2, "734", "7", parentId,
							"HL02 '" + parentId + "' names no earlier HL01");
				}
				current = new Node(segment, parent);
				if (parent != null) {
					parent.children.add(current);
				}
				tree.nodes.add(current);
				if (id != null) {
					byId.putIfAbsent(id, current);
				}
			}
			else if (segment.is("CTT")) {
				current = null;
			}
			else if (current != null) {
				current.segments.add(segment);
			}
		}
		return tree;
	}

	List<Node> levels(String levelCode) {
		return nodes.stream().filter(node -> node.level().equals(levelCode)).toList();
	}
}
