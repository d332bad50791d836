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
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    get = {"is*", "get*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface ClsStyle {}
