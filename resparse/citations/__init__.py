"""Citations: the grammar that finds them, the register that dates them, the resolver that names them."""
