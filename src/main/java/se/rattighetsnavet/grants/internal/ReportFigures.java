package se.rattighetsnavet.grants.internal;

import java.math.BigDecimal;
import java.util.List;

import se.rattighetsnavet.grants.Cost;

/**
 * Point 3 of the financial report: the sum of costs and the unspent funds are always computed (grant received − costs),
 * never typed.
 */
record ReportFigures(BigDecimal received, List<Cost> costs) {

	ReportFigures {
		costs = List.copyOf(costs);
	}

	BigDecimal totalCosts() {
		return costs.stream().map(Cost::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	BigDecimal unspent() {
		return received.subtract(totalCosts());
	}
}
