package se.rattighetsnavet.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.audit.AuditLog.AuditPage;
import se.rattighetsnavet.audit.AuditLog.AuditQuery;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only audit trail")
class AuditApiController {

	private final AuditLog auditLog;

	AuditApiController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_OFFICE')")
	@Operation(summary = "Audit entries, newest first (ADMIN, PROGRAMME_OFFICE)")
	AuditPage search(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return auditLog.search(new AuditQuery(entityType, entityId, actor, page, size));
	}
}
