package se.rattighetsnavet.site;

import java.util.List;

/**
 * A source of the public search over everything public. A module contributes by offering a bean of this type; it must
 * return only what anyone may read.
 */
public interface SearchContributor {

	/** Message key of the group heading, for example {@code search.group.organisations}. */
	String groupKey();

	/** Orders the groups on the results page; lower comes first. */
	default int order() {
		return 100;
	}

	List<SearchHit> search(String query, int limit);
}
