/**
 * The knowledge hub: publications, guidance, good examples and news with their review and publishing, the public feed,
 * and the training offered and its reach among members.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge and training")
package se.rattighetsnavet.knowledge;
