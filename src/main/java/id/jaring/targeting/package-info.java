/**
 * Targeting: who is poor and who qualifies. The welfare score of every family (a proxy means
 * test over its welfare variables and members, with versioned weights), its desil within the
 * province, and the eligibility rules of programmes: a small rule language compiled to SQL for
 * the whole registry and evaluated in Java for one family to show why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Targeting")
package id.jaring.targeting;
