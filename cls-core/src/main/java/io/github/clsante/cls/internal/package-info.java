/** Implementation details of cls-core. No compatibility promise: do not use from outside cls. */
package io.github.clsante.cls.internal;
