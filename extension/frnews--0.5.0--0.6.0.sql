-- frnews 0.5.0 -> 0.6.0
\echo Use "ALTER EXTENSION frnews UPDATE" to load this file. \quit
