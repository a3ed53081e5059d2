package se.rattighetsnavet.platform.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for a paged list that keep the current filters.
 */
public record Pagination(int page, int totalPages, long total, String previousUrl, String nextUrl) {

	public static Pagination of(UriComponentsBuilder current, int page, int size, long total) {
		int totalPages = (int) Math.max(1, (total + size - 1) / size);
		String previous = page > 0 ? current.cloneBuilder().replaceQueryParam("page", page - 1).build().encode().toUriString() : null;
		String next = page + 1 < totalPages ? current.cloneBuilder().replaceQueryParam("page", page + 1).build().encode().toUriString() : null;
		return new Pagination(page, totalPages, total, previous, next);
	}

	public int displayPage() {
		return page + 1;
	}
}
