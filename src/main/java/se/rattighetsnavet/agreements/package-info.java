/**
 * The agreements (överenskommelser) between the Government and SKL/SKR: their goals, funding, deliverables and deadlines,
 * the steering group and the annual consultations.
 * <p>
 * What is public: agreements (title, file number, department, period, reasons, goals, parties, funding, annexes), every
 * deliverable with its due date, recipient and status, the deadline overview, the calendar feed, and that a meeting took place
 * (with a samråd's agenda). Only the programme office (SKR), the Government Offices, Kammarkollegiet and administrators see
 * submitted documents, the e-mail addresses of responsible persons, and meeting agendas, minutes, attendance and decisions.
 * <p>
 * Who writes: the programme office edits agreements and deliverables, submits documents, adds group members and records group
 * meetings; the Government Offices (MINISTRY) accept deliverables and record samråd minutes; Kammarkollegiet (PAYING_AGENCY)
 * accepts what is handed in to it. Other modules submit generated documents through {@link AgreementManagement#submitDocument}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements")
package se.rattighetsnavet.agreements;
