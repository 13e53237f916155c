/**
 * The project's cache ({@code .autogen/cache}): one component through which every entry kept between runs is read
 * and written whole, keyed by a hash of what it was made from.
 */
package io.autogen.cache;
