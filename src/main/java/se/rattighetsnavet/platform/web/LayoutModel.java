package se.rattighetsnavet.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;

/**
 * What every page's layout needs: who is signed in, the language, and the address to switch language.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	@ModelAttribute("actor")
	Actor actor() {
		return Actors.current();
	}

	@ModelAttribute("lang")
	String lang(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "en" : "sv";
	}

	@ModelAttribute("otherLanguageUrl")
	String otherLanguageUrl(Locale locale, HttpServletRequest request) {
		String other = "en".equals(locale.getLanguage()) ? "sv" : "en";
		return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other).build().toUriString();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
