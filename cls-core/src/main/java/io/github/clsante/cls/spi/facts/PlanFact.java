package io.github.clsante.cls.spi.facts;

/**
 * The action plan on the check date, counted (a fiche added by an amendment dated after it does not exist yet).
 * One per check. Read by NOR-AXES ({@code axisCount}) and SOC-MENTAL-HEALTH ({@code mentalHealthComponents}).
 *
 * @param axisCount how many axes the plan has
 * @param ficheCount how many fiches the plan has on the check date
 * @param mentalHealthComponents how many axes or fiches are marked as the mental-health component and reference
 *     the PTSM
 *
 * @since 0.1.0
 */
public record PlanFact(int axisCount, int ficheCount, int mentalHealthComponents) {}
