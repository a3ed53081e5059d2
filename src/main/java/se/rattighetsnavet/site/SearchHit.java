package se.rattighetsnavet.site;

/**
 * One result of the public search: what it is (a message key naming the kind), its title, a short text and its address.
 */
public record SearchHit(String kindKey, String title, String summary, String path) {
}
