package org.distributionhub.supplier.procurement.adapters.in.web;

import org.distributionhub.supplier.procurement.ports.in.IssuePurchaseOrder.IssuePurchaseOrderCommand;
import org.mapstruct.Mapper;

/** Maps the API's purchase order request onto the use case's command (MapStruct writes the code). */
@Mapper(componentModel = "spring")
interface PurchaseOrderRequestMapper {

	IssuePurchaseOrderCommand toCommand(PurchaseOrderRequest request);

	IssuePurchaseOrderCommand.Line toLine(PurchaseOrderRequest.Line line);
}
