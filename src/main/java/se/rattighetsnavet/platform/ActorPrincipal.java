package se.rattighetsnavet.platform;

/**
 * Implemented by the authenticated principal so that every module can learn who acts without knowing accounts.
 */
public interface ActorPrincipal {

	Actor actor();
}
