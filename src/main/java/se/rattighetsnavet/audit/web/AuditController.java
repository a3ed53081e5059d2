package se.rattighetsnavet.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.audit.AuditLog.AuditPage;
import se.rattighetsnavet.audit.AuditLog.AuditQuery;
import se.rattighetsnavet.platform.web.HtmxRequest;
import se.rattighetsnavet.platform.web.Pagination;

@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_OFFICE')")
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/granskningslogg")
	String browse(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		AuditPage result = auditLog.search(new AuditQuery(entityType, entityId, actor, page, 50));
		model.addAttribute("result", result);
		model.addAttribute("zone", se.rattighetsnavet.platform.Dates.STOCKHOLM);
		model.addAttribute("entityType", entityType);
		model.addAttribute("entityId", entityId);
		model.addAttribute("actorFilter", actor);
		model.addAttribute("pagination", Pagination.of(ServletUriComponentsBuilder.fromRequest(request), page, 50, result.total()));
		return HtmxRequest.isHtmx(request) ? "audit/trail :: results" : "audit/trail";
	}
}
