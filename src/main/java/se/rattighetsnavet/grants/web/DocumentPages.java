package se.rattighetsnavet.grants.web;

import java.io.IOException;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.rattighetsnavet.grants.SignedOriginalManagement;
import se.rattighetsnavet.grants.SignedOriginalManagement.DocumentType;
import se.rattighetsnavet.platform.BusinessRuleException;
import se.rattighetsnavet.platform.ConcurrentEditException;
import se.rattighetsnavet.platform.FieldErrors;

/**
 * What the requisition and financial report pages do alike: take a step in a document's life and either return to the
 * document with a message or show it again with the refusal, and receive a signed original.
 */
@Component
class DocumentPages {

	private final SignedOriginalManagement originals;
	private final FormSupport forms;

	DocumentPages(SignedOriginalManagement originals, FormSupport forms) {
		this.originals = originals;
		this.forms = forms;
	}

	String act(String documentPath, Model model, RedirectAttributes redirect, String success, Runnable action,
			Supplier<String> showAgain) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
			return "redirect:" + documentPath;
		}
		catch (FieldErrors errors) {
			model.addAttribute("errors", forms.errors(errors));
		}
		catch (BusinessRuleException rule) {
			model.addAttribute("problem", forms.message(rule.messageKey(), rule.arguments()));
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("problem", forms.message("error.409"));
		}
		return showAgain.get();
	}

	String uploadOriginal(DocumentType type, long id, String documentPath, String signedBy, String signedOn, MultipartFile file,
			Model model, RedirectAttributes redirect, Supplier<String> showAgain) throws IOException {
		byte[] bytes = file == null ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		String contentType = file == null ? null : file.getContentType();
		return act(documentPath, model, redirect, "grants.done",
				() -> originals.upload(type, id, signedBy, signedOn, name, contentType, bytes), showAgain);
	}
}
