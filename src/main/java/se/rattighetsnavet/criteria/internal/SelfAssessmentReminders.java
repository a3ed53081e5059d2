package se.rattighetsnavet.criteria.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.rattighetsnavet.accounts.Account;
import se.rattighetsnavet.accounts.AccountManagement;
import se.rattighetsnavet.criteria.MrMember;
import se.rattighetsnavet.criteria.ReportingYear;
import se.rattighetsnavet.platform.Role;
import se.rattighetsnavet.platform.mail.Mailer;

/**
 * Reminds the MEMBER_EDITORs of MR members whose self-assessment of last year is not submitted: once from 30 days before
 * the due date (31 March), and once more when it is late. Each reminder goes out once per member and year.
 */
@Component
class SelfAssessmentReminders {

	private static final Logger log = LoggerFactory.getLogger(SelfAssessmentReminders.class);
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final se.rattighetsnavet.criteria.MembershipManagement memberships;
	private final SelfAssessments assessments;
	private final Reminders reminders;
	private final AccountManagement accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final TransactionTemplate transactions;

	SelfAssessmentReminders(se.rattighetsnavet.criteria.MembershipManagement memberships, SelfAssessments assessments, Reminders reminders, AccountManagement accounts,
			Mailer mailer, MessageSource messages, TransactionTemplate transactions) {
		this.memberships = memberships;
		this.assessments = assessments;
		this.reminders = reminders;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.transactions = transactions;
	}

	/** @return how many members were reminded */
	int remind(LocalDate today) {
		ReportingYear year = new ReportingYear(today.getYear() - 1);
		Reminders.Kind kind = year.isReminderDue(today) ? Reminders.Kind.DUE : year.isLate(today) ? Reminders.Kind.LATE : null;
		if (kind == null) {
			return 0;
		}
		int reminded = 0;
		for (MrMember member : memberships.members()) {
			boolean submitted = assessments.find(member.organisationCode(), year.year()).filter(a -> a.isSubmitted()).isPresent();
			if (!submitted && remind(member, year, kind)) {
				reminded++;
			}
		}
		return reminded;
	}

	private boolean remind(MrMember member, ReportingYear year, Reminders.Kind kind) {
		List<String> recipients = accounts.holders(member.organisationCode(), Role.MEMBER_EDITOR).stream()
			.filter(Account::enabled).map(Account::email).toList();
		if (recipients.isEmpty()) {
			return false;
		}
		Boolean claimed = transactions.execute(status -> reminders.claim(member.organisationCode(), year.year(), kind, recipients.size()));
		if (!Boolean.TRUE.equals(claimed)) {
			return false;
		}
		String key = "criteria.reminder." + kind.name().toLowerCase(Locale.ROOT);
		String link = mailer.link("/mr-plattformen/sjalvskattning");
		Object[] arguments = { member.name(), String.valueOf(year.year()), year.dueOn().toString(), link };
		String subject = messages.getMessage(key + ".subject", new Object[] { String.valueOf(year.year()) }, SWEDISH);
		if (mailer.send(recipients, subject, messages.getMessage(key + ".body", arguments, SWEDISH))) {
			return true;
		}
		log.warn("Reminder to {} for {} not sent; will try again", member.organisationCode(), year.year());
		transactions.executeWithoutResult(status -> reminders.release(member.organisationCode(), year.year(), kind));
		return false;
	}
}
