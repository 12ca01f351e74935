# Messages of the cross-language checks (qostil check). One section per check.
