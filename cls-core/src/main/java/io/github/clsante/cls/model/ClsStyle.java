package io.github.clsante.cls.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the model: JDK collections only (no Guava),
 * plain accessor names ({@code id()}, not {@code getId()}), and builders that may be filled in any order.
 *
 * <p>Generated {@code Immutable*} classes are implementation detail: use the static {@code builder()} of
 * each abstract type.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE) // read by the processor at compile time only: nothing of it reaches users
@Value.Style(
    jdkOnly = true,
    get = {"is*", "get*"},
    init = "*",
    from = "mergeFrom", // so that DateRange.from, a date, keeps its plain setter
    // no @Generated annotations on generated classes: the Immutables jar is compile-time only, and users'
    // compilers would warn about annotations whose class they cannot find
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ClsStyle {}
