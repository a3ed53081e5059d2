package se.rattighetsnavet.platform.mail;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The platform's mail facility: plain-text messages over the SMTP server configured by {@code spring.mail.*}.
 * A failure is reported to the caller, who decides whether to try again later.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender sender;
	private final String from;
	private final String baseUrl;

	Mailer(JavaMailSender sender, @Value("${rn.mail.from}") String from, @Value("${rn.mail.base-url}") String baseUrl) {
		this.sender = sender;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** @return true when the server accepted the message */
	public boolean send(Collection<String> recipients, String subject, String body) {
		if (recipients.isEmpty()) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(recipients.toArray(String[]::new));
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send \"{}\" to {}: {}", subject, recipients, ex.getMessage());
			return false;
		}
	}

	/** An absolute link into the platform for use in messages. */
	public String link(String path) {
		return baseUrl + path;
	}
}
