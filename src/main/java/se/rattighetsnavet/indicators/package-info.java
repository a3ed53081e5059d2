/**
 * Human-rights indicators compatible with Kolada: imports key figures and their values, stores millions of them,
 * shows and compares them per organisation and serves them through a Kolada-shaped API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indikatorer")
package se.rattighetsnavet.indicators;
