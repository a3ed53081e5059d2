package se.rattighetsnavet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.ApiTestSupport;

class StaticResourcesTests extends ApiTestSupport {

	@Test
	void theLayoutsFilesAreServedAndWebJarLinksCarryTheirVersion() {
		String page = api.get("/").text();
		Matcher htmx = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js)\"").matcher(page);
		assertThat(htmx.find()).as("versioned htmx link in %s", page).isTrue();
		assertThat(api.get(htmx.group(1)).status()).isEqualTo(200);
		assertThat(api.get("/webjars/chart.js/dist/chart.umd.min.js").status()).isEqualTo(200);
		assertThat(api.get("/css/rattighetsnavet.css").text()).contains(":root");
		assertThat(api.get("/js/rattighetsnavet.js").status()).isEqualTo(200);
		assertThat(api.get("/img/favicon.svg").status()).isEqualTo(200);
	}

	@Test
	void pageLinksAreLeftAsWrittenAndFilesOutsideTheStaticFoldersAreNotServed() {
		assertThat(api.get("/").text()).contains("href=\"/organisationer\"");
		assertThat(api.get("/css/nothing-here.css").status()).isEqualTo(404);
		assertThat(api.get("/application.yml").status()).isEqualTo(404);
	}
}
