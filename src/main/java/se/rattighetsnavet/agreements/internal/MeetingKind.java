package se.rattighetsnavet.agreements.internal;

/** A meeting of the steering or coordination group, or an annual consultation (samråd) between the parties. */
public enum MeetingKind {
	GROUP, SAMRAD
}
