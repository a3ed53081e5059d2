package se.rattighetsnavet.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves static files from their own paths only. The default catch-all {@code /**} mapping (switched off with
 * {@code spring.web.resources.add-mappings=false}) made the resource URL encoder probe the class path for every link a
 * page renders, which cost a large share of each page's time; with these narrow patterns page links are left alone.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
	}
}
