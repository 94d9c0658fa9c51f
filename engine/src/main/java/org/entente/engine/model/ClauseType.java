package org.entente.engine.model;

/** ATOP-style provisions. */
public enum ClauseType { DEFENSE, OFFENSE, NEUTRALITY, NONAGGRESSION, CONSULTATION, SANCTIONS }
