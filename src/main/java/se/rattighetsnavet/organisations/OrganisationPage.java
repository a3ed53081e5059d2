package se.rattighetsnavet.organisations;

import java.util.List;

public record OrganisationPage(List<Organisation> items, long total, int page, int size) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
