package se.rattighetsnavet.organisations.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import se.rattighetsnavet.organisations.Organisation;
import se.rattighetsnavet.organisations.OrganisationManagement;
import se.rattighetsnavet.organisations.OrganisationPage;
import se.rattighetsnavet.organisations.OrganisationType;
import se.rattighetsnavet.platform.NotFoundException;
import se.rattighetsnavet.platform.web.Problems;

@WebMvcTest(controllers = { OrganisationController.class, OrganisationApiController.class })
@AutoConfigureMockMvc(addFilters = false)
@Import(Problems.class)
class OrganisationControllerTests {

	private static final Organisation MALMO = new Organisation("1280", "Malmö kommun", "Malmö", OrganisationType.KOMMUN, "12",
			"Skåne län", null, 357377, 2022, 0);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OrganisationManagement organisations;

	@Test
	void listRendersTheSearchResult() throws Exception {
		given(organisations.search(any())).willReturn(new OrganisationPage(List.of(MALMO), 1, 0, 50));
		mvc.perform(get("/organisationer").param("q", "malmö"))
			.andExpect(status().isOk())
			.andExpect(view().name(OrganisationController.LIST))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Malmö kommun")));
	}

	@Test
	void htmxRequestsGetOnlyTheResultsFragment() throws Exception {
		given(organisations.search(any())).willReturn(new OrganisationPage(List.of(MALMO), 1, 0, 50));
		mvc.perform(get("/organisationer").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name(OrganisationController.RESULTS))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
	}

	@Test
	void detailShowsPopulationAndHidesEditingFromTheAnonymous() throws Exception {
		given(organisations.get("1280")).willReturn(MALMO);
		mvc.perform(get("/organisationer/1280"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("mayEdit", false))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("organisationNumber\""))));
	}

	@Test
	void unknownCodeInTheApiIsAProblem() throws Exception {
		given(organisations.get("9999")).willThrow(new NotFoundException("organisation", "9999"));
		mvc.perform(get("/api/v1/organisations/9999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}
}
