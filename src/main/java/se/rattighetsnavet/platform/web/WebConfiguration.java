package se.rattighetsnavet.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import se.rattighetsnavet.platform.Dates;

/**
 * Language and time. Pages are Swedish unless the visitor picked English ({@code ?lang=en}, remembered in a cookie);
 * the API follows {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Bean
	Clock clock() {
		return Clock.system(Dates.STOCKHOLM);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("rn-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(request -> {
			if (request.getRequestURI().startsWith("/api/")) {
				String header = request.getHeader("Accept-Language");
				return header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : SWEDISH;
			}
			return SWEDISH;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				// only the two languages the platform speaks; anything else is ignored
				return "en".equalsIgnoreCase(value) ? Locale.ENGLISH : "sv".equalsIgnoreCase(value) ? SWEDISH : null;
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}
}
