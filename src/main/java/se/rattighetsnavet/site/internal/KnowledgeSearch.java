package se.rattighetsnavet.site.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import se.rattighetsnavet.knowledge.KnowledgeManagement;
import se.rattighetsnavet.site.SearchContributor;
import se.rattighetsnavet.site.SearchHit;

/**
 * Published items of the knowledge hub, by full-text search.
 */
@Component
class KnowledgeSearch implements SearchContributor {

	private final KnowledgeManagement knowledge;

	KnowledgeSearch(KnowledgeManagement knowledge) {
		this.knowledge = knowledge;
	}

	@Override
	public String groupKey() {
		return "search.group.knowledge";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		return knowledge.search(query, limit).stream()
			.map(item -> new SearchHit("knowledge.kind." + item.kind(), item.title(), item.summary(), "/kunskapsbank/" + item.slug()))
			.toList();
	}
}
