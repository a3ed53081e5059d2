package se.rattighetsnavet.site.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.rattighetsnavet.site.SearchContributor;
import se.rattighetsnavet.site.SearchHit;

/**
 * One search over everything public, grouped by where it was found. Each module contributes a {@link SearchContributor}.
 */
@Controller
class SearchController {

	static final int PER_GROUP = 10;

	private final List<SearchContributor> contributors;

	SearchController(List<SearchContributor> contributors) {
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(SearchContributor::order)).toList();
	}

	record Group(String key, List<SearchHit> hits) {
	}

	@GetMapping("/sok")
	String search(@RequestParam(name = "q", required = false) String query, Model model) {
		String q = query == null ? "" : query.strip();
		List<Group> groups = q.isEmpty() ? List.of()
				: contributors.stream().map(c -> new Group(c.groupKey(), c.search(q, PER_GROUP))).filter(g -> !g.hits().isEmpty()).toList();
		model.addAttribute("q", q);
		model.addAttribute("groups", groups);
		model.addAttribute("total", groups.stream().mapToInt(g -> g.hits().size()).sum());
		return "site/search";
	}
}
