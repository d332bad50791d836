/** Implementation of the Drools-backed référentiels. No compatibility promise: do not use from outside cls. */
package io.github.clsante.cls.rules.internal;
