/**
 * The agreements (överenskommelser) between the Government and SKL/SKR: their goals, funding, deliverables and deadlines,
 * the steering group and the annual consultations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements")
package se.rattighetsnavet.agreements;
