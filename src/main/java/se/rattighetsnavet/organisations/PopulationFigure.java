package se.rattighetsnavet.organisations;

/**
 * Inhabitants on 31 December of a year (Kolada N01951).
 */
public record PopulationFigure(int year, int population) {
}
